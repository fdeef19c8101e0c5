import type { AgencyKind, AgencyStatus, Region, Role } from "@tbc/types";
import type { Translation } from "./en";
import { account, adminDocumentTitles, audit, history, pages, session, sessions, users } from "./es-admin";
import { byCountry } from "./es-by-country";
import { engagement, engagementDocumentTitles, engagementImport } from "./es-engagement";
import { features } from "./es-features";
import { agencyDuplicate, aliasDocumentTitles, aliases, importNames } from "./es-names";
import { operations } from "./es-operations";
import { imports, outcomes } from "./es-outcomes";
import { chartExport, overview, report } from "./es-overview";

/** Spanish, shaped as en.ts (checked by test/i18n-fres.test.ts), in INTERPOL's terms; "agency" is
 * "organismo" (police, customs, prosecutors alike). Neutral Spanish; the user is "usted". */
const kinds: Record<AgencyKind, string> = {
  national_police: "Policía nacional",
  investigation_agency: "Organismo de investigación",
  customs: "Aduanas",
  coast_guard: "Guardia costera",
  border_police: "Policía de fronteras",
  gendarmerie: "Gendarmería",
  interpol_ncb: "Oficina Central Nacional de INTERPOL",
  prosecution: "Fiscalía",
  regional_body: "Organismo regional",
  other: "Otro",
};

const statuses: Record<AgencyStatus, string> = {
  pending: "Pendiente",
  active: "Activo",
  withdrawn: "Retirado",
};

const regions: Record<Region, string> = {
  Africa: "África",
  Americas: "Américas",
  "Asia & South Pacific": "Asia y Pacífico Sur",
  Europe: "Europa",
  "Middle East & North Africa": "Oriente Medio y Norte de África",
};

const roles: Record<Role, string> = {
  viewer: "Lector",
  staff: "Personal",
  manager: "Responsable",
  admin: "Administrador",
};

export const es: Translation = {
  app: { title: "Turn Back Crime", subtitle: "Análisis de la campaña" },
  loading: "Cargando…",
  common: { none: "—" },
  ...pages,
  filters: { remove: "Quitar el filtro {{filter}}" },
  roles,
  regions: { ...regions, none: "Sin región" },

  buttons: {
    create: "Crear",
    save: "Guardar",
    logout: "Cerrar sesión",
    delete: "Eliminar",
    edit: "Editar",
    cancel: "Cancelar",
    confirm: "¿Está seguro?",
    filter: "Filtrar",
    clear: "Borrar",
    refresh: "Actualizar",
    show: "Ver",
    list: "Lista",
    clone: "Duplicar",
    import: "Importar",
    export: "Exportar",
    undo: "Deshacer",
    approve: "Aprobar",
    reload: "Recargar",
    notAccessTitle: "No tiene permiso para hacer esto",
  },
  actions: { list: "Lista", create: "Registrar", edit: "Editar", show: "Detalles", clone: "Duplicar" },
  notifications: {
    success: "Correcto",
    error: "Error (código de estado: {{statusCode}})",
    undoable: "Tiene {{seconds}} segundos para deshacer",
    createSuccess: "Creado correctamente",
    createError: "No se pudo crear (código de estado: {{statusCode}})",
    deleteSuccess: "Eliminado correctamente",
    deleteError: "No se pudo eliminar (código de estado: {{statusCode}})",
    editSuccess: "Guardado correctamente",
    editError: "No se pudo guardar (código de estado: {{statusCode}})",
    importProgress: "Importando: {{processed}}/{{total}}",
    forbidden: "Su rol no lo permite.",
    signedOut: "Su sesión ha terminado. Vuelva a iniciar sesión.",
    network: "No se puede contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.",
    internal: "Algo falló en el servidor. El error ha quedado registrado.",
  },
  warnWhenUnsavedChanges: "¿Seguro que quiere salir? Tiene cambios sin guardar.",
  autoSave: {
    idle: "Esperando cambios",
    loading: "Guardando…",
    success: "Guardado",
    error: "Falló el guardado automático",
  },

  documentTitle: {
    default: "Turn Back Crime",
    suffix: " | Turn Back Crime",
    login: "Iniciar sesión | Turn Back Crime",
    notFound: "Página no encontrada | Turn Back Crime",
    agencies: {
      list: "Organismos | Turn Back Crime",
      create: "Registrar un organismo | Turn Back Crime",
      edit: "Editar organismo #{{id}} | Turn Back Crime",
      show: "Organismo #{{id}} | Turn Back Crime",
    },
    "agencies-by-country": { list: "Organismos por país | Turn Back Crime" },
    operations: {
      list: "Operaciones | Turn Back Crime",
      create: "Añadir una operación | Turn Back Crime",
      edit: "Editar operación #{{id}} | Turn Back Crime",
      show: "Operación #{{id}} | Turn Back Crime",
    },
    imports: { list: "Importar operaciones | Turn Back Crime" },
    outcomes: { list: "Resultados | Turn Back Crime" },
    ...engagementDocumentTitles,
    overview: overview.documentTitle,
    ...adminDocumentTitles,
    ...aliasDocumentTitles,
  },

  pages: {
    login: {
      title: "Iniciar sesión en Turn Back Crime",
      subtitle: "Análisis de la campaña para los socios de Turn Back Crime de INTERPOL",
      signin: "Iniciar sesión",
      fields: { email: "Correo electrónico", password: "Contraseña" },
      validation: { email: "Introduzca un correo válido", password: "Introduzca su contraseña" },
      errors: {
        title: "No se pudo iniciar sesión",
        invalid: "El correo o la contraseña no son correctos",
        format: "Compruebe la dirección de correo y la contraseña",
        unavailable: "No se puede contactar con el servidor. Inténtelo de nuevo en un momento.",
      },
      demo: {
        title: "Cuentas de demostración",
        description:
          "Esto es una demostración: inicie sesión con una de estas cuentas. Contraseña: {{password}}",
        use: "Usar {{email}} ({{role}})",
      },
    },
    error: {
      title: "Página no encontrada",
      info: "La página que busca no existe.",
      backHome: "Volver al panel",
    },
  },

  agencies: {
    agencies: "Organismos",
    titles: {
      list: "Organismos",
      create: "Registrar un organismo",
      edit: "Editar organismo",
      show: "Organismo",
    },
    kinds,
    statuses,
    fields: {
      name: "Nombre",
      acronym: "Sigla",
      countryCode: "País",
      countryName: "País",
      region: "Región",
      kind: "Tipo",
      status: "Estado",
      pledgedOn: "Fecha de adhesión",
      website: "Sitio web",
      socialHandle: "Cuenta en redes sociales",
      notes: "Notas",
      sourceUrl: "URL de la fuente",
      createdBy: "Creado por",
      createdAt: "Creado el",
      updatedBy: "Modificado por",
      updatedAt: "Modificado el",
      version: "Versión",
      actions: "Acciones",
    },
    placeholders: {
      name: "p. ej. Policía Nacional de Colombia",
      acronym: "p. ej. PNC",
      countryCode: "Buscar un país",
      kind: "Elija un tipo",
      pledgedOn: "AAAA-MM-DD",
      website: "https://…",
      socialHandle: "@cuenta",
      notes: "Lo que deban saber los revisores",
      sourceUrl: "https://… (donde consta la adhesión)",
    },
    help: {
      countryCode: "Déjelo vacío para un organismo regional que abarca varios países.",
      sourceUrl: "Una página pública que documente el apoyo del organismo a la campaña.",
    },
    filters: {
      name: "Buscar por nombre",
      country: "Cualquier país",
      region: "Cualquier región",
      kind: "Cualquier tipo",
      status: "Todos",
      isNone: "{{field}}: ninguno",
      generic: "{{field}} {{operator}} {{value}}",
      other: "Filtro combinado",
    },
    noCountry: "Sin un país único (organismo regional)",
    sections: { details: "Detalles", audit: "Historial del registro" },
    duplicate: agencyDuplicate,
    notEditable: {
      title: "No puede editar este organismo",
      description:
        "Con el rol Personal solo se editan los organismos pendientes que uno mismo registró. Un responsable puede cambiar este.",
    },
    conflict: {
      title: "Otra persona cambió este organismo",
      description:
        "Otro usuario lo guardó después de que usted lo abriera. Recargue para ver sus cambios y vuelva a hacer los suyos.",
    },
    approve: {
      confirm: "¿Aprobar este organismo? Contará como adherido activo.",
      success: "Organismo aprobado",
      error: "No se pudo aprobar el organismo",
    },
    created: "Organismo registrado. Queda pendiente hasta que un responsable lo apruebe.",
    saved: "Cambios guardados",
    validation: {
      name: {
        too_small: "Introduzca el nombre del organismo (al menos 2 caracteres)",
        invalid_type: "Introduzca el nombre del organismo",
        too_big: "Como máximo 200 caracteres",
      },
      acronym: { too_big: "Como máximo 30 caracteres" },
      countryCode: { invalid_format: "Elija un país de la lista" },
      kind: { invalid_value: "Elija un tipo", invalid_type: "Elija un tipo" },
      pledgedOn: { invalid_format: "Use una fecha como AAAA-MM-DD", custom: "No es una fecha real" },
      website: {
        invalid_format: "Use una dirección completa con http(s)://",
        too_big: "Como máximo 500 caracteres",
      },
      socialHandle: {
        invalid_format: "Solo letras, dígitos, _ y ., opcionalmente precedidos de @",
        too_big: "Como máximo 100 caracteres",
      },
      notes: { too_big: "Como máximo 2000 caracteres" },
      sourceUrl: {
        invalid_format: "Use una dirección completa con http(s)://",
        too_big: "Como máximo 500 caracteres",
      },
    },
  },

  "agencies-by-country": byCountry,

  operations,
  imports: { ...imports, ...importNames },
  aliases,
  outcomes,
  engagement,
  "engagement-import": engagementImport,
  overview,
  chartExport,
  report,
  users,
  audit,
  account,
  history,
  sessions,
  session,
  ...features,
};
