import type { Translation } from "./en";
import type { a11yMessages as english } from "./en-a11y";

/** Español: accesibilidad (`a11y.*`) y paleta de comandos (`palette.*`), como en-a11y.ts. */
export const a11yMessages: Translation<typeof english> = {
  a11y: {
    chart: {
      viewTable: "Ver como tabla",
      tableCaption: "{{title}}: las cifras del gráfico",
      filterBy: "Filtrar por {{value}}",
      legend: "Leyenda",
      summary: "{{title}}: de {{first}} a {{last}}; máximo {{top}} con {{value}}; total {{total}}.",
      summaryEmpty: "{{title}}: sin cifras.",
    },
    actions: {
      view: "Ver {{name}}",
      edit: "Editar {{name}}",
      delete: "Eliminar {{name}}",
      showChanges: "Mostrar los cambios",
      hideChanges: "Ocultar los cambios",
    },
  },
  palette: {
    open: "Buscar / ir a…",
    shortcut: "Ctrl K",
    label: "Buscar páginas, agencias y operaciones",
    placeholder: "Escriba una página, una agencia o una operación…",
    sections: { pages: "Páginas", agencies: "Agencias", operations: "Operaciones" },
    empty: "Sin resultados",
    hint: "↑↓ para elegir, Intro para abrir, Esc para cerrar",
  },
};
