/** Words the exported files carry beyond the screen's own (the PDF's properties). */
export const exportText = {
  /** The PDF's "creator" property, shown by readers in the document's properties. */
  pdfCreator: "Turn Back Crime dashboard",
};
