import type { Messages, Translation } from "./en";

/**
 * French for the administration screens: users, the audit log, my account, object histories and
 * the session messages of the login page. Composed into fr.ts; mirrors en-admin.ts.
 */

// Nouns rather than past participles: the French participle would have to agree with a record
// whose gender the audit line does not know.
const actions = {
  create: "Création",
  update: "Modification",
  delete: "Suppression",
  approve: "Approbation",
  import: "Importation",
  import_rejected: "Importation refusée",
  export: "Exportation",
  login: "Connexion",
  login_failed: "Échec de connexion",
  logout: "Déconnexion",
  password_change: "Changement de mot de passe",
  password_reset: "Réinitialisation du mot de passe",
  disable: "Désactivation",
  enable: "Activation",
  session_end: "Fin de sessions",
  refused: "Refus",
};

export const history: Translation<Messages["history"]> = {
  title: "Historique des modifications",
  actions,
  fields: { countryCode: "Code pays", importId: "Importation" },
  system: "Système",
  empty: "(vide)",
  to: "remplacé par",
  noChanges: "Aucun champ modifié",
  field: "{{field}} :",
  none: "Aucune modification enregistrée pour l'instant",
  error: "Impossible de charger l'historique.",
};

export const users: Translation<Messages["users"]> = {
  users: "Utilisateurs",
  titles: { list: "Utilisateurs", create: "Ajouter un utilisateur", edit: "Modifier l'utilisateur" },
  fields: {
    email: "E-mail",
    name: "Nom",
    role: "Rôle",
    status: "Statut",
    disabledAt: "Désactivé le",
    lastSeenAt: "Dernière activité",
    createdAt: "Créé le",
    actions: "Actions",
    passwordOptional: "Mot de passe (facultatif)",
  },
  statuses: { active: "Actif", disabled: "Désactivé" },
  filters: {
    searchLabel: "Rechercher",
    search: "Rechercher par e-mail ou nom",
    role: "Tous les rôles",
    status: "Tous les statuts",
  },
  never: "Jamais",
  you: "Vous",
  forbidden: "Seuls les administrateurs peuvent gérer les utilisateurs.",
  conflict:
    "Quelqu'un d'autre a modifié cet utilisateur après que vous l'avez ouvert. Fermez, rouvrez et réessayez.",
  create: {
    button: "Ajouter",
    success: "{{email}} ajouté",
    passwordHelp:
      "Laissez vide pour générer un mot de passe à usage unique, affiché une seule fois. Sinon, au moins 12 caractères.",
  },
  edit: {
    success: "Utilisateur enregistré",
    ownRole: "Vous ne pouvez pas changer votre propre rôle : demandez à un autre administrateur.",
  },
  disable: {
    button: "Désactiver",
    confirm: "Désactiver {{email}} ?",
    warning:
      "Ses sessions prennent fin immédiatement : la personne est déconnectée partout et ne peut plus se connecter avant d'être réactivée.",
    success: "{{email}} désactivé ; ses sessions ont pris fin",
    self: "Vous ne pouvez pas désactiver votre propre compte",
  },
  enable: {
    button: "Activer",
    confirm: "Activer {{email}} ?",
    warning: "La personne pourra de nouveau se connecter avec son mot de passe.",
    success: "{{email}} activé",
  },
  reset: {
    button: "Réinitialiser le mot de passe",
    title: "Réinitialiser le mot de passe de {{email}}",
    submit: "Réinitialiser",
    warning: "Son mot de passe actuel cesse de fonctionner et ses sessions prennent fin immédiatement.",
    newPassword: "Nouveau mot de passe (facultatif)",
    help: "Laissez vide pour générer un mot de passe à usage unique, affiché une seule fois. Sinon, au moins 12 caractères.",
    success: "Le mot de passe de {{email}} a été réinitialisé ; ses sessions ont pris fin",
  },
  oneTime: {
    title: "Mot de passe à usage unique pour {{email}}",
    warning:
      "Copiez-le maintenant : il n'est affiché qu'une seule fois. Remettez-le en main propre ou par un canal sécurisé.",
    hint: "La personne se connecte avec, puis le change dans Mon compte.",
    copy: "Copier",
    copied: "Copié",
    done: "Je l'ai copié",
  },
  sessions: {
    button: "Sessions",
    title: "Sessions de {{email}}",
    end: "Fermer",
    endConfirm: "Fermer cette session ? Ce navigateur est déconnecté immédiatement.",
    endAll: "Fermer toutes les sessions",
    endAllConfirm: "Fermer toutes les sessions de cet utilisateur ? Il est déconnecté partout immédiatement.",
    ended_one: "{{count}} session fermée",
    ended_many: "{{count}} sessions fermées",
    ended_other: "{{count}} sessions fermées",
  },
  validation: {
    email: { invalid_format: "Saisissez une adresse e-mail valide", too_big: "254 caractères au maximum" },
    name: { too_small: "Saisissez le nom de la personne", too_big: "200 caractères au maximum" },
    role: { invalid_value: "Choisissez un rôle", invalid_type: "Choisissez un rôle" },
  },
};

export const sessions: Translation<Messages["sessions"]> = {
  fields: {
    device: "Appareil",
    ip: "Adresse",
    createdAt: "Connexion",
    lastSeenAt: "Dernière activité",
    expiresAt: "Expiration",
  },
  thisDevice: "Cet appareil",
  unknown: "Navigateur inconnu",
  empty: "Aucune session active",
};

export const account: Translation<Messages["account"]> = {
  account: "Mon compte",
  link: "Mon compte",
  titles: { list: "Mon compte" },
  profile: { title: "Profil" },
  password: {
    title: "Changer le mot de passe",
    current: "Mot de passe actuel",
    next: "Nouveau mot de passe",
    repeat: "Confirmer le nouveau mot de passe",
    help: "Au moins {{min}} caractères ; quelques mots sans rapport entre eux font l'affaire. Les mots de passe très courants sont refusés.",
    mismatch: "Les deux nouveaux mots de passe diffèrent",
    submit: "Changer le mot de passe",
    changed: "Mot de passe changé. Vos autres sessions ont été déconnectées.",
  },
  sessions: {
    title: "Sessions actives",
    hint: "Là où vous êtes connecté",
    signOut: "Déconnecter",
    confirm: "Déconnecter cette session ?",
    ended: "Session déconnectée",
  },
  validation: {
    current: { too_small: "Saisissez votre mot de passe actuel", too_big: "Trop long" },
  },
};

export const audit: Translation<Messages["audit"]> = {
  audit: "Journal d'audit",
  titles: { list: "Journal d'audit" },
  forbidden: "Seuls les administrateurs peuvent consulter le journal d'audit.",
  fields: {
    at: "Date",
    userEmail: "Utilisateur",
    action: "Action",
    entity: "Entité",
    entityId: "Enregistrement",
    ip: "Adresse",
    period: "Période",
  },
  filters: {
    user: "E-mail contenant…",
    entity: "Toutes les entités",
    action: "Toutes les actions",
    from: "Du",
    to: "Au",
  },
  entities: {
    agency: "Organisme",
    operation: "Opération",
    seizure: "Saisie",
    crime_area: "Domaine de criminalité",
    channel: "Canal",
    user: "Utilisateur",
    session: "Session",
    import: "Importation",
    agencies: "Organismes (export)",
    operations: "Opérations (export)",
    imports: "Importations (export)",
    posts: "Publications (export)",
    procedure: "Action",
    audit: "Journal d'audit (export)",
  },
  csv: { userEmail: "E-mail de l'utilisateur", entityId: "ID de l'enregistrement" },
};

export const session: Translation<Messages["session"]> = {
  tooManyTitle: "Connexion suspendue",
};

export const adminDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "users" | "audit" | "account">
> = {
  users: { list: "Utilisateurs | Turn Back Crime" },
  audit: { list: "Journal d'audit | Turn Back Crime" },
  account: { list: "Mon compte | Turn Back Crime" },
};

const access = {
  agencies: { create: "Vous ne pouvez pas enregistrer d'organismes (rôle « Équipe » requis)." },
  operations: {
    create: "Vous ne pouvez pas créer d'opérations (rôle « Équipe » requis).",
    edit: "Vous ne pouvez pas modifier d'opérations (rôle « Équipe » requis).",
  },
};

const table = {
  range: "{{from}}–{{to}} sur {{total}}",
};

export const pages: Translation<Pick<Messages, "access" | "table">> = { access, table };
