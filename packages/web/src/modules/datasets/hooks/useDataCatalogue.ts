import type { DataElement, DataSet } from '@antt/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveDataElement, saveDataSet } from '../api/data-catalogue.api.ts';

/**
 * After an element or a set changes, everything built on them is read again: the catalogue
 * lists, the entry grid's columns (under the same 'datasets' key) and the campaigns' element list.
 */
function useRefreshCatalogue() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['datasets'] }),
      queryClient.invalidateQueries({ queryKey: ['data-elements'] }),
    ]);
}

export function useSaveDataElement() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (element: DataElement) => saveDataElement(element),
    onSuccess: refresh,
  });
}

export function useSaveDataSet() {
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (dataSet: DataSet) => saveDataSet(dataSet),
    onSuccess: refresh,
  });
}
