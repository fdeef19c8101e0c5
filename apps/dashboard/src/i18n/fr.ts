import type { AgencyKind, AgencyStatus, Region, Role } from "@tbc/types";
import type { Translation } from "./en";
import { account, adminDocumentTitles, audit, history, pages, session, sessions, users } from "./fr-admin";
import { byCountry } from "./fr-by-country";
import { engagement, engagementDocumentTitles, engagementImport } from "./fr-engagement";
import { features } from "./fr-features";
import { agencyDuplicate, aliasDocumentTitles, aliases, importNames } from "./fr-names";
import { operations } from "./fr-operations";
import { imports, outcomes } from "./fr-outcomes";
import { chartExport, overview, report } from "./fr-overview";

/** French, shaped as en.ts (checked by test/i18n-fres.test.ts), in INTERPOL's terms; "agency" is
 * "organisme" (police, customs, prosecutors alike). A narrow no-break space (U+202F) goes before
 * : ; ? ! and inside « », as French typography wants and Intl's French formats do. */
const kinds: Record<AgencyKind, string> = {
  national_police: "Police nationale",
  investigation_agency: "Service d'enquête",
  customs: "Douanes",
  coast_guard: "Garde-côtes",
  border_police: "Police aux frontières",
  gendarmerie: "Gendarmerie",
  interpol_ncb: "Bureau central national d'INTERPOL",
  prosecution: "Ministère public",
  regional_body: "Organisme régional",
  other: "Autre",
};

const statuses: Record<AgencyStatus, string> = {
  pending: "En attente",
  active: "Actif",
  withdrawn: "Retiré",
};

const regions: Record<Region, string> = {
  Africa: "Afrique",
  Americas: "Amériques",
  "Asia & South Pacific": "Asie et Pacifique Sud",
  Europe: "Europe",
  "Middle East & North Africa": "Moyen-Orient et Afrique du Nord",
};

const roles: Record<Role, string> = {
  viewer: "Lecteur",
  staff: "Équipe",
  manager: "Responsable",
  admin: "Administrateur",
};

export const fr: Translation = {
  app: { title: "Turn Back Crime", subtitle: "Analyse de la campagne" },
  loading: "Chargement…",
  common: { none: "—" },
  ...pages,
  filters: { remove: "Retirer le filtre {{filter}}" },
  roles,
  regions: { ...regions, none: "Aucune région" },

  buttons: {
    create: "Créer",
    save: "Enregistrer",
    logout: "Se déconnecter",
    delete: "Supprimer",
    edit: "Modifier",
    cancel: "Annuler",
    confirm: "Êtes-vous sûr ?",
    filter: "Filtrer",
    clear: "Effacer",
    refresh: "Actualiser",
    show: "Afficher",
    list: "Liste",
    clone: "Dupliquer",
    import: "Importer",
    export: "Exporter",
    undo: "Annuler",
    approve: "Approuver",
    reload: "Recharger",
    notAccessTitle: "Vous n'avez pas l'autorisation de faire cela",
  },
  actions: { list: "Liste", create: "Nouveau", edit: "Modifier", show: "Détails", clone: "Dupliquer" },
  notifications: {
    success: "Succès",
    error: "Erreur (code d'état : {{statusCode}})",
    undoable: "Vous avez {{seconds}} secondes pour annuler",
    createSuccess: "Création réussie",
    createError: "Création impossible (code d'état : {{statusCode}})",
    deleteSuccess: "Suppression réussie",
    deleteError: "Suppression impossible (code d'état : {{statusCode}})",
    editSuccess: "Enregistrement réussi",
    editError: "Enregistrement impossible (code d'état : {{statusCode}})",
    importProgress: "Importation : {{processed}}/{{total}}",
    forbidden: "Votre rôle ne le permet pas.",
    signedOut: "Votre session a pris fin. Veuillez vous reconnecter.",
    network: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    internal: "Une erreur s'est produite sur le serveur. Elle a été consignée.",
  },
  warnWhenUnsavedChanges: "Voulez-vous quitter la page ? Vos modifications ne sont pas enregistrées.",
  autoSave: {
    idle: "En attente de modifications",
    loading: "Enregistrement…",
    success: "Enregistré",
    error: "Échec de l'enregistrement automatique",
  },

  documentTitle: {
    default: "Turn Back Crime",
    suffix: " | Turn Back Crime",
    login: "Connexion | Turn Back Crime",
    notFound: "Page introuvable | Turn Back Crime",
    agencies: {
      list: "Organismes | Turn Back Crime",
      create: "Enregistrer un organisme | Turn Back Crime",
      edit: "Modifier l'organisme #{{id}} | Turn Back Crime",
      show: "Organisme #{{id}} | Turn Back Crime",
    },
    "agencies-by-country": { list: "Organismes par pays | Turn Back Crime" },
    operations: {
      list: "Opérations | Turn Back Crime",
      create: "Ajouter une opération | Turn Back Crime",
      edit: "Modifier l'opération #{{id}} | Turn Back Crime",
      show: "Opération #{{id}} | Turn Back Crime",
    },
    imports: { list: "Importer des opérations | Turn Back Crime" },
    outcomes: { list: "Résultats | Turn Back Crime" },
    ...engagementDocumentTitles,
    overview: overview.documentTitle,
    ...adminDocumentTitles,
    ...aliasDocumentTitles,
  },

  pages: {
    login: {
      title: "Connexion à Turn Back Crime",
      subtitle: "Analyse de la campagne pour les partenaires de Turn Back Crime d'INTERPOL",
      signin: "Se connecter",
      fields: { email: "E-mail", password: "Mot de passe" },
      validation: { email: "Saisissez une adresse e-mail valide", password: "Saisissez votre mot de passe" },
      errors: {
        title: "Échec de la connexion",
        invalid: "E-mail ou mot de passe incorrect",
        format: "Vérifiez l'adresse e-mail et le mot de passe",
        unavailable: "Le serveur est injoignable. Réessayez dans un instant.",
      },
      demo: {
        title: "Comptes de démonstration",
        description:
          "Ceci est une démonstration : connectez-vous avec l'un de ces comptes. Mot de passe : {{password}}",
        use: "Utiliser {{email}} ({{role}})",
      },
    },
    error: {
      title: "Page introuvable",
      info: "La page que vous cherchez n'existe pas.",
      backHome: "Retour au tableau de bord",
    },
  },

  agencies: {
    agencies: "Organismes",
    titles: {
      list: "Organismes",
      create: "Enregistrer un organisme",
      edit: "Modifier l'organisme",
      show: "Organisme",
    },
    kinds,
    statuses,
    fields: {
      name: "Nom",
      acronym: "Sigle",
      countryCode: "Pays",
      countryName: "Pays",
      region: "Région",
      kind: "Type",
      status: "Statut",
      pledgedOn: "Date d'adhésion",
      website: "Site web",
      socialHandle: "Compte sur les réseaux sociaux",
      notes: "Notes",
      sourceUrl: "URL de la source",
      createdBy: "Créé par",
      createdAt: "Créé le",
      updatedBy: "Modifié par",
      updatedAt: "Modifié le",
      version: "Version",
      actions: "Actions",
    },
    placeholders: {
      name: "p. ex. Gendarmerie royale du Canada",
      acronym: "p. ex. GRC",
      countryCode: "Rechercher un pays",
      kind: "Choisissez un type",
      pledgedOn: "AAAA-MM-JJ",
      website: "https://…",
      socialHandle: "@compte",
      notes: "Ce que les relecteurs doivent savoir",
      sourceUrl: "https://… (page qui atteste l'adhésion)",
    },
    help: {
      countryCode: "Laissez vide pour un organisme régional qui couvre plusieurs pays.",
      sourceUrl: "Une page publique qui atteste le soutien de l'organisme à la campagne.",
    },
    filters: {
      name: "Rechercher par nom",
      country: "Tous les pays",
      region: "Toutes les régions",
      kind: "Tous les types",
      status: "Tous",
      isNone: "{{field}} : aucun",
      generic: "{{field}} {{operator}} {{value}}",
      other: "Filtre combiné",
    },
    noCountry: "Pas de pays unique (organisme régional)",
    sections: { details: "Détails", audit: "Historique de l'enregistrement" },
    duplicate: agencyDuplicate,
    notEditable: {
      title: "Vous ne pouvez pas modifier cet organisme",
      description:
        "Le rôle Équipe ne modifie que les organismes en attente qu'il a lui-même enregistrés. Un responsable peut modifier celui-ci.",
    },
    conflict: {
      title: "Quelqu'un d'autre a modifié cet organisme",
      description:
        "Un autre utilisateur l'a enregistré après que vous l'avez ouvert. Rechargez pour voir ses modifications, puis refaites les vôtres.",
    },
    approve: {
      confirm: "Approuver cet organisme ? Il comptera comme soutien actif.",
      success: "Organisme approuvé",
      error: "Impossible d'approuver l'organisme",
    },
    created: "Organisme enregistré. Il reste en attente jusqu'à ce qu'un responsable l'approuve.",
    saved: "Modifications enregistrées",
    validation: {
      name: {
        too_small: "Saisissez le nom de l'organisme (au moins 2 caractères)",
        invalid_type: "Saisissez le nom de l'organisme",
        too_big: "200 caractères au maximum",
      },
      acronym: { too_big: "30 caractères au maximum" },
      countryCode: { invalid_format: "Choisissez un pays dans la liste" },
      kind: { invalid_value: "Choisissez un type", invalid_type: "Choisissez un type" },
      pledgedOn: { invalid_format: "Date au format AAAA-MM-JJ", custom: "Cette date n'existe pas" },
      website: {
        invalid_format: "Saisissez une adresse complète en http(s)://",
        too_big: "500 caractères au maximum",
      },
      socialHandle: {
        invalid_format: "Lettres, chiffres, _ et . uniquement, éventuellement précédés de @",
        too_big: "100 caractères au maximum",
      },
      notes: { too_big: "2000 caractères au maximum" },
      sourceUrl: {
        invalid_format: "Saisissez une adresse complète en http(s)://",
        too_big: "500 caractères au maximum",
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
