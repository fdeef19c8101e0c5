import type { Translation } from "./en";

export const exportText: Translation["exportText"] = {
  pdfCreator: "لوحة معلومات Turn Back Crime",
};
