import type { Translation } from "./en";

export const exportText: Translation["exportText"] = {
  pdfCreator: "Tableau de bord Turn Back Crime",
};
