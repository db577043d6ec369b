// Continents and the world's regions, named as places ("aid poured in from Asia", "Latin America").
// General knowledge, like the country list; each is a PLACE.

export const REGIONS: readonly string[] = [
  'Africa', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa',
  'Horn of Africa', 'Asia', 'East Asia', 'South Asia', 'Southeast Asia', 'South-East Asia', 'South East Asia',
  'Central Asia', 'Asia-Pacific', 'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe',
  'Southern Europe', 'North America', 'South America', 'Central America', 'Latin America', 'the Americas', 'Americas',
  'the Caribbean', 'Caribbean', 'Middle East', 'the Middle East', 'the Gulf', 'Persian Gulf', 'Oceania', 'Antarctica',
  'the Arctic', 'Arctic', 'Scandinavia', 'the Balkans', 'Balkans', 'Baltics', 'the Baltics', 'Mediterranean',
  'the Mediterranean', 'Pacific Northwest', 'Middle America', 'Indian subcontinent', 'Sahel', 'the Sahel',
];
