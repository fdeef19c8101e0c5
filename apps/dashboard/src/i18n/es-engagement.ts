import type { Messages, Translation } from "./en";

/**
 * Spanish for `engagement.*` and `engagement-import.*`; mirrors en-engagement.ts. Social-media
 * "engagement" is "interacción", as the platforms' Spanish interfaces say it.
 */

const metrics = {
  impressions: "Impresiones",
  reach: "Alcance",
  engagements: "Interacciones",
  shares: "Compartidos",
  videoViews: "Reproducciones de vídeo",
  newFollowers: "Nuevos seguidores",
  hashtagMentions: "Menciones del hashtag",
  siteVisits: "Visitas al sitio",
  engagementRate: "Tasa de interacción",
};

export const engagement: Translation<Messages["engagement"]> = {
  engagement: "Interacción",
  titles: { list: "Interacción con la campaña" },
  intro:
    "Las cifras de audiencia de los canales de la campaña a lo largo del tiempo, con los anuncios de operaciones en la cronología. Una cifra desconocida nunca cuenta como cero.",
  metrics,
  granularities: { auto: "Automática", day: "Día", week: "Semana", month: "Mes" },
  granularityPlural: { day: "días", week: "semanas", month: "meses" },
  filters: {
    period: "Periodo",
    presets: {
      "30d": "Últimos 30 días",
      "90d": "Últimos 90 días",
      "12m": "Últimos 12 meses",
      launch: "Desde el inicio",
    },
    from: "Fecha de inicio",
    to: "Fecha de fin",
    channels: "Canales",
    allChannels: "Todos los canales",
    country: "País",
    anyCountry: "Todos los países",
    countryHint:
      "Con un país elegido, las cifras son solo las de ese país: en los datos de muestra, X y Facebook tienen desglose para US, GB, FR, IN, PH, ZA, BR y NA.",
    granularity: "Granularidad",
    shown: "Mostrado por {{granularity}}",
    auto: "elegida automáticamente según el periodo",
    coarsened:
      "Por {{requested}} habría más de {{max}} puntos por canal en este periodo, así que los gráficos muestran {{granularity}}.",
  },
  sample: {
    tag: "Muestra",
    tagHint: "Datos de muestra generados, no cifras reales",
    title: "Datos de muestra",
    description:
      "Nunca se publicaron cifras de audiencia de Turn Back Crime. La interacción que se muestra aquí son datos de muestra generados, solo para demostración; las cifras reales llegan mediante la importación de interacción.",
    partly:
      "Parte de esta vista es real: cifras importadas para {{real}}. Siguen siendo datos de muestra generados: {{sample}}.",
    import: "Importar cifras reales",
  },
  kpis: {
    impressions: "Impresiones",
    engagements: "Interacciones",
    engagementRate: "Tasa de interacción",
    engagementRateHint:
      "Interacciones divididas entre las impresiones de las filas que indicaron interacciones",
    videoViews: "Reproducciones de vídeo",
    newFollowers: "Nuevos seguidores",
    hashtagMentions: "Menciones del hashtag",
    siteVisits: "Visitas al sitio",
    unknown: "Ninguna fila de esta vista indicó esta cifra",
  },
  timeline: {
    title: "A lo largo del tiempo, por canal",
    subtitle: "{{metric}} por {{granularity}}, una línea por canal",
    metric: "Métrica",
    markers: "Anuncios de operaciones",
    markersHint:
      "Las líneas discontinuas marcan anuncios de operaciones; haga clic en una bandera para abrir la operación.",
    markerCount_one: "{{count}} operación anunciada",
    markerCount_many: "{{count}} operaciones anunciadas",
    markerCount_other: "{{count}} operaciones anunciadas",
    openOperation: "Abrir {{name}}",
    empty: "No hay cifras de esta métrica en este periodo.",
    dataEnds: "No hay cifras después del {{date}} en este periodo.",
    weekOf: "Semana del {{date}}",
    close: "Cerrar",
    noValue: "sin datos",
    toDate: "hasta la fecha",
    partial: "parcial",
    partialDays: "Parcial: {{days}} de {{of}} días",
    partialNote: "Los periodos parciales (hasta la fecha) se marcan, sin unirlos a las líneas; vea el CSV.",
  },
  rate: {
    title: "Tasa de interacción",
    empty: "Ningún canal indicó interacciones e impresiones en este periodo.",
    note: "Por canal y periodo: interacciones ÷ impresiones, a partir de las sumas (no un promedio de tasas diarias).",
  },
  share: {
    title: "Cuota de impresiones",
    empty: "No hay impresiones en este periodo.",
    total: "Total",
  },
  hashtags: {
    title: "Menciones del hashtag",
    empty: "No se indicaron menciones del hashtag en este periodo.",
  },
  posts: {
    title: "Publicaciones destacadas",
    hint: "Ordenadas en el servidor: haga clic en una columna para clasificar por ella. Periodo y canales como arriba.",
    noCountry: "Las publicaciones no tienen país: el filtro de país no se les aplica.",
    fields: {
      postedAt: "Publicada",
      channel: "Canal",
      text: "Publicación",
      operation: "Operación",
      impressions: "Impresiones",
      engagements: "Interacciones",
      shares: "Compartidos",
      videoViews: "Reproducciones de vídeo",
      source: "Datos",
    },
    real: "Importada",
    export: "Exportar CSV",
    empty: "No hay publicaciones en este periodo.",
  },
  error: "No se pudieron cargar las cifras.",
  import: "Importar",
  caption: {
    period: "Periodo: {{range}}",
    periodPreset: "Periodo: {{range}} ({{preset}})",
    granularity: "Granularidad: {{granularity}}",
    granularityAuto: "Granularidad: {{granularity}} (automática)",
    granularityCoarsened: "Granularidad: {{granularity}} (por {{requested}} serían demasiados puntos)",
    channels: "Canales: {{value}}",
    country: "País: {{value}}",
  },
  sources: {
    sample: "Datos de muestra generados (no se publicaron cifras de audiencia)",
    imported: "Exportaciones de los canales, importadas",
  },
  csv: {
    bucket: { day: "Día", week: "Semana (desde el lunes)", month: "Mes (primer día)" },
    percent: "{{channel}} (%)",
    channel: "Canal",
    impressions: "Impresiones",
    share: "Cuota (%)",
    partial: "Parcial",
  },
};

export const engagementImport: Translation<Messages["engagement-import"]> = {
  "engagement-import": "Importar interacción",
  titles: { list: "Importar cifras de interacción" },
  intro:
    "Añada o actualice cifras reales de interacción desde una hoja de cálculo: métricas diarias por canal (y, opcionalmente, por país) o publicaciones. Las cifras diarias reales sustituyen a los datos de muestra generados de su canal en los días que abarca el archivo. Nada cambia hasta que pulse Importar.",
  limit: "Un archivo CSV (.csv) de {{limit}} como máximo, cuya primera línea sea exactamente una de estas:",
  headers: { daily: "Métricas diarias", posts: "Publicaciones" },
  rowName: "Fila (día · canal · país, u hora · canal)",
  forbidden: "Para importar cifras de interacción se requiere el rol «Personal».",
  open: "Abrir la página de interacción",
};

export const engagementDocumentTitles: Translation<
  Pick<Messages["documentTitle"], "engagement" | "engagement-import">
> = {
  engagement: { list: "Interacción | Turn Back Crime" },
  "engagement-import": { list: "Importar interacción | Turn Back Crime" },
};
