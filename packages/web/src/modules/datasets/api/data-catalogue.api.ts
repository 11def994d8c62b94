import { dataElementSchema, dataSetSchema, type DataElement, type DataSet } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

// An administrator's changes to the Project 06 catalogue (packages/server/src/routes/data-set.routes.ts);
// the lists themselves are read with listDataElements and listDataSets.

export function saveDataElement(element: DataElement): Promise<DataElement> {
  return api.put(`/api/data-elements/${encodeURIComponent(element.code)}`, element, {
    schema: dataElementSchema,
  });
}

export function saveDataSet(dataSet: DataSet): Promise<DataSet> {
  return api.put(`/api/datasets/${encodeURIComponent(dataSet.code)}`, dataSet, { schema: dataSetSchema });
}
