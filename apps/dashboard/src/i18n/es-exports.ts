import type { Translation } from "./en";

export const exportText: Translation["exportText"] = {
  pdfCreator: "Panel de Turn Back Crime",
};
