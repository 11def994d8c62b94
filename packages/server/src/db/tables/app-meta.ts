export type AppMetaTable = {
  key: string;
  value: string;
};
