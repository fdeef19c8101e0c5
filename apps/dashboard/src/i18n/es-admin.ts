import type { Messages, Translation } from "./en";

/**
 * Spanish for the administration screens: users, the audit log, my account, object histories and
 * the session messages of the login page. Composed into es.ts; mirrors en-admin.ts.
 */

// Nouns rather than participles, which would have to agree with a record the line does not name.
const actions = {
  create: "Creación",
  update: "Modificación",
  delete: "Eliminación",
  approve: "Aprobación",
  import: "Importación",
  import_rejected: "Importación rechazada",
  export: "Exportación",
  login: "Inicio de sesión",
  login_failed: "Inicio de sesión fallido",
  logout: "Cierre de sesión",
  password_change: "Cambio de contraseña",
  password_reset: "Restablecimiento de contraseña",
  disable: "Desactivación",
  enable: "Activación",
  session_end: "Fin de sesiones",
  refused: "Denegación",
};

export const history: Translation<Messages["history"]> = {
  title: "Historial de cambios",
  actions,
  fields: { countryCode: "Código de país", importId: "Importación" },
  system: "Sistema",
  empty: "(vacío)",
  to: "cambió a",
  noChanges: "Ningún campo cambiado",
  field: "{{field}}:",
  none: "Aún no hay cambios registrados",
  error: "No se pudo cargar el historial.",
};

export const users: Translation<Messages["users"]> = {
  users: "Usuarios",
  titles: { list: "Usuarios", create: "Añadir un usuario", edit: "Editar usuario" },
  fields: {
    email: "Correo electrónico",
    name: "Nombre",
    role: "Rol",
    status: "Estado",
    disabledAt: "Desactivado el",
    lastSeenAt: "Última actividad",
    createdAt: "Creado",
    actions: "Acciones",
    passwordOptional: "Contraseña (opcional)",
  },
  statuses: { active: "Activo", disabled: "Desactivado" },
  filters: {
    searchLabel: "Buscar",
    search: "Buscar por correo o nombre",
    role: "Cualquier rol",
    status: "Cualquier estado",
  },
  never: "Nunca",
  you: "Usted",
  forbidden: "Solo los administradores pueden gestionar usuarios.",
  conflict:
    "Otra persona cambió este usuario después de que usted lo abriera. Cierre, vuelva a abrir e inténtelo de nuevo.",
  create: {
    button: "Añadir usuario",
    success: "{{email}} añadido",
    passwordHelp:
      "Déjela vacía para generar una contraseña de un solo uso, que se muestra una vez. Si no, al menos 12 caracteres.",
  },
  edit: {
    success: "Usuario guardado",
    ownRole: "No puede cambiar su propio rol: pídaselo a otro administrador.",
  },
  disable: {
    button: "Desactivar",
    confirm: "¿Desactivar {{email}}?",
    warning:
      "Sus sesiones terminan en el acto: se cierran en todas partes y no podrá iniciar sesión hasta que se le vuelva a activar.",
    success: "{{email}} desactivado; sus sesiones han terminado",
    self: "No puede desactivar su propia cuenta",
  },
  enable: {
    button: "Activar",
    confirm: "¿Activar {{email}}?",
    warning: "Podrá volver a iniciar sesión con su contraseña.",
    success: "{{email}} activado",
  },
  reset: {
    button: "Restablecer contraseña",
    title: "Restablecer la contraseña de {{email}}",
    submit: "Restablecer contraseña",
    warning: "Su contraseña actual deja de funcionar y sus sesiones terminan en el acto.",
    newPassword: "Nueva contraseña (opcional)",
    help: "Déjela vacía para generar una contraseña de un solo uso, que se muestra una vez. Si no, al menos 12 caracteres.",
    success: "Se restableció la contraseña de {{email}}; sus sesiones han terminado",
  },
  oneTime: {
    title: "Contraseña de un solo uso para {{email}}",
    warning:
      "Cópiela ahora: solo se muestra esta vez y no podrá volver a verse. Entréguela en persona o por un canal seguro.",
    hint: "La persona inicia sesión con ella y después debería cambiarla en Mi cuenta.",
    copy: "Copiar",
    copied: "Copiada",
    done: "Ya la he copiado",
  },
  sessions: {
    button: "Sesiones",
    title: "Sesiones de {{email}}",
    end: "Cerrar",
    endConfirm: "¿Cerrar esta sesión? Ese navegador queda desconectado en el acto.",
    endAll: "Cerrar todas las sesiones",
    endAllConfirm:
      "¿Cerrar todas las sesiones de este usuario? Queda desconectado en todas partes en el acto.",
    ended_one: "{{count}} sesión cerrada",
    ended_many: "{{count}} sesiones cerradas",
    ended_other: "{{count}} sesiones cerradas",
  },
  validation: {
    email: {
      invalid_format: "Introduzca una dirección de correo válida",
      too_big: "Como máximo 254 caracteres",
    },
    name: { too_small: "Introduzca el nombre de la persona", too_big: "Como máximo 200 caracteres" },
    role: { invalid_value: "Elija un rol", invalid_type: "Elija un rol" },
  },
};

export const sessions: Translation<Messages["sessions"]> = {
  fields: {
    device: "Dispositivo",
    ip: "Dirección",
    createdAt: "Inicio de sesión",
    lastSeenAt: "Última actividad",
    expiresAt: "Caduca",
  },
  thisDevice: "Este dispositivo",
  unknown: "Navegador desconocido",
  empty: "No hay sesiones activas",
};

export const account: Translation<Messages["account"]> = {
  account: "Mi cuenta",
  link: "Mi cuenta",
  titles: { list: "Mi cuenta" },
  profile: { title: "Perfil" },
  password: {
    title: "Cambiar contraseña",
    current: "Contraseña actual",
    next: "Nueva contraseña",
    repeat: "Repita la nueva contraseña",
    help: "Al menos {{min}} caracteres; unas cuantas palabras sin relación entre sí funcionan bien. Las contraseñas muy comunes se rechazan.",
    mismatch: "Las dos contraseñas nuevas no coinciden",
    submit: "Cambiar contraseña",
    changed: "Contraseña cambiada. Se han cerrado sus otras sesiones.",
  },
  sessions: {
    title: "Sesiones activas",
    hint: "Dónde tiene la sesión iniciada",
    signOut: "Cerrar sesión",
    confirm: "¿Cerrar esta sesión?",
    ended: "Sesión cerrada",
  },
  validation: {
    current: { too_small: "Introduzca su contraseña actual", too_big: "Demasiado larga" },
  },
};

export const audit: Translation<Messages["audit"]> = {
  audit: "Auditoría",
  titles: { list: "Registro de auditoría" },
  forbidden: "Solo los administradores pueden consultar el registro de auditoría.",
  fields: {
    at: "Fecha",
    userEmail: "Usuario",
    action: "Acción",
    entity: "Entidad",
    entityId: "Registro",
    ip: "Dirección",
    period: "Periodo",
  },
  filters: {
    user: "El correo contiene…",
    entity: "Cualquier entidad",
    action: "Cualquier acción",
    from: "Desde",
    to: "Hasta",
  },
  entities: {
    agency: "Organismo",
    operation: "Operación",
    seizure: "Incautación",
    crime_area: "Ámbito delictivo",
    channel: "Canal",
    user: "Usuario",
    session: "Sesión",
    import: "Importación",
    agencies: "Organismos (exportación)",
    operations: "Operaciones (exportación)",
    imports: "Importaciones (exportación)",
    posts: "Publicaciones (exportación)",
    procedure: "Acción",
    audit: "Registro de auditoría (exportación)",
  },
  csv: { userEmail: "Correo del usuario", entityId: "ID del registro" },
};

export const session: Translation<Messages["session"]> = {
  tooManyTitle: "Inicio de sesión en pausa",
};

export const adminDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "users" | "audit" | "account">
> = {
  users: { list: "Usuarios | Turn Back Crime" },
  audit: { list: "Registro de auditoría | Turn Back Crime" },
  account: { list: "Mi cuenta | Turn Back Crime" },
};

const access = {
  agencies: { create: "No puede registrar organismos (se requiere el rol «Personal»)." },
  operations: {
    create: "No puede crear operaciones (se requiere el rol «Personal»).",
    edit: "No puede editar operaciones (se requiere el rol «Personal»).",
  },
};

const table = {
  range: "{{from}}–{{to}} de {{total}}",
};

export const pages: Translation<Pick<Messages, "access" | "table">> = { access, table };
