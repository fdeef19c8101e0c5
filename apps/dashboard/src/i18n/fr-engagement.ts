import type { Messages, Translation } from "./en";

/**
 * French for `engagement.*` and `engagement-import.*`; mirrors en-engagement.ts. Social-media
 * "engagements" are "interactions" in French; "engagement" stays for the page and the rate, as
 * the platforms' French interfaces say it.
 */

const metrics = {
  impressions: "Impressions",
  reach: "Portée",
  engagements: "Interactions",
  shares: "Partages",
  videoViews: "Vues de vidéos",
  newFollowers: "Nouveaux abonnés",
  hashtagMentions: "Mentions du hashtag",
  siteVisits: "Visites du site",
  engagementRate: "Taux d'engagement",
};

export const engagement: Translation<Messages["engagement"]> = {
  engagement: "Engagement",
  titles: { list: "Engagement de la campagne" },
  intro:
    "L'audience des canaux de la campagne dans le temps, avec les annonces d'opérations sur la chronologie. Un chiffre inconnu n'est jamais compté comme zéro.",
  metrics,
  granularities: { auto: "Auto", day: "Jour", week: "Semaine", month: "Mois" },
  granularityPlural: { day: "jours", week: "semaines", month: "mois" },
  filters: {
    period: "Période",
    presets: {
      "30d": "30 derniers jours",
      "90d": "90 derniers jours",
      "12m": "12 derniers mois",
      launch: "Depuis le début",
    },
    from: "Date de début",
    to: "Date de fin",
    channels: "Canaux",
    allChannels: "Tous les canaux",
    country: "Pays",
    anyCountry: "Tous les pays",
    countryHint:
      "Avec un pays choisi, les chiffres sont ceux de ce pays seul : dans les données d'exemple, X et Facebook sont ventilés pour US, GB, FR, IN, PH, ZA, BR et NA.",
    granularity: "Granularité",
    shown: "Affiché par {{granularity}}",
    auto: "choisie automatiquement selon la période",
    coarsened:
      "Par {{requested}}, cette période donnerait plus de {{max}} points par canal : les graphiques sont donc en {{granularity}}.",
  },
  sample: {
    tag: "Exemple",
    tagHint: "Données d'exemple générées, pas des chiffres réels",
    title: "Données d'exemple",
    description:
      "Aucun chiffre d'audience de Turn Back Crime n'a jamais été publié. L'engagement affiché ici provient de données d'exemple générées, à titre de démonstration ; les chiffres réels arrivent par l'importation d'engagement.",
    partly:
      "Une partie de cette vue est réelle : chiffres importés pour {{real}}. Encore des données d'exemple générées : {{sample}}.",
    import: "Importer des chiffres réels",
  },
  kpis: {
    impressions: "Impressions",
    engagements: "Interactions",
    engagementRate: "Taux d'engagement",
    engagementRateHint:
      "Interactions divisées par les impressions des lignes qui ont indiqué des interactions",
    videoViews: "Vues de vidéos",
    newFollowers: "Nouveaux abonnés",
    hashtagMentions: "Mentions du hashtag",
    siteVisits: "Visites du site",
    unknown: "Aucune ligne de cette vue n'indique ce chiffre",
  },
  timeline: {
    title: "Dans le temps, par canal",
    subtitle: "{{metric}} par {{granularity}}, une courbe par canal",
    metric: "Indicateur",
    markers: "Annonces d'opérations",
    markersHint:
      "Les lignes pointillées marquent les annonces d'opérations ; cliquez sur un drapeau pour ouvrir l'opération.",
    markerCount_one: "{{count}} opération annoncée",
    markerCount_many: "{{count}} opérations annoncées",
    markerCount_other: "{{count}} opérations annoncées",
    openOperation: "Ouvrir {{name}}",
    empty: "Aucun chiffre pour cet indicateur sur cette période.",
    dataEnds: "Aucun chiffre après le {{date}} sur cette période.",
    weekOf: "Semaine du {{date}}",
    close: "Fermer",
    noValue: "non indiqué",
    toDate: "à ce jour",
    partial: "partiel",
    partialDays: "Partiel : {{days}} jours sur {{of}}",
    partialNote:
      "Les périodes partielles (à ce jour) sont marquées, sans être reliées aux courbes ; voir le CSV.",
  },
  rate: {
    title: "Taux d'engagement",
    empty: "Aucun canal n'a indiqué d'interactions et d'impressions sur cette période.",
    note: "Par canal et par période : interactions ÷ impressions, calculé sur les sommes (pas une moyenne des taux quotidiens).",
  },
  share: {
    title: "Part des impressions",
    empty: "Aucune impression sur cette période.",
    total: "Total",
  },
  hashtags: {
    title: "Mentions du hashtag",
    empty: "Aucune mention du hashtag indiquée sur cette période.",
  },
  posts: {
    title: "Meilleures publications",
    hint: "Triées sur le serveur : cliquez sur une colonne pour classer selon elle. Période et canaux comme ci-dessus.",
    noCountry: "Les publications n'ont pas de pays : le filtre de pays ne s'y applique pas.",
    fields: {
      postedAt: "Publiée le",
      channel: "Canal",
      text: "Publication",
      operation: "Opération",
      impressions: "Impressions",
      engagements: "Interactions",
      shares: "Partages",
      videoViews: "Vues de vidéos",
      source: "Données",
    },
    real: "Importée",
    export: "Exporter en CSV",
    empty: "Aucune publication sur cette période.",
  },
  error: "Impossible de charger les chiffres.",
  import: "Importer",
  caption: {
    period: "Période : {{range}}",
    periodPreset: "Période : {{range}} ({{preset}})",
    granularity: "Granularité : {{granularity}}",
    granularityAuto: "Granularité : {{granularity}} (automatique)",
    granularityCoarsened: "Granularité : {{granularity}} (par {{requested}}, trop de points)",
    channels: "Canaux : {{value}}",
    country: "Pays : {{value}}",
  },
  sources: {
    sample: "Données d'exemple générées (aucun chiffre d'audience n'a été publié)",
    imported: "Exports des canaux, importés",
  },
  csv: {
    bucket: { day: "Jour", week: "Semaine (à partir du lundi)", month: "Mois (premier jour)" },
    percent: "{{channel}} (%)",
    channel: "Canal",
    impressions: "Impressions",
    share: "Part (%)",
    partial: "Partiel",
  },
};

export const engagementImport: Translation<Messages["engagement-import"]> = {
  "engagement-import": "Importer l'engagement",
  titles: { list: "Importer des chiffres d'engagement" },
  intro:
    "Ajoutez ou mettez à jour des chiffres d'engagement réels depuis un tableur : indicateurs quotidiens par canal (et éventuellement par pays), ou publications. Les chiffres quotidiens réels remplacent les données d'exemple générées de leur canal sur les jours que couvre le fichier. Rien ne change avant que vous cliquiez sur Importer.",
  limit:
    "Un fichier CSV (.csv) de {{limit}} au maximum, dont la première ligne est exactement l'une de celles-ci :",
  headers: { daily: "Indicateurs quotidiens", posts: "Publications" },
  rowName: "Ligne (jour · canal · pays, ou heure · canal)",
  forbidden: "L'importation de chiffres d'engagement nécessite le rôle « Équipe ».",
  open: "Ouvrir la page Engagement",
};

export const engagementDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "engagement" | "engagement-import">
> = {
  engagement: { list: "Engagement | Turn Back Crime" },
  "engagement-import": { list: "Importer l'engagement | Turn Back Crime" },
};
