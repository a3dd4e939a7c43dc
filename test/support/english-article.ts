// The English news paragraphs the generic-path tests build their pages from (one copy for every test file).
export const EN = [
  'The foreign ministers of the two countries met on Tuesday to discuss the implementation of the trade agreement signed last year.',
  'Both sides agreed to speed up the ratification of the investment protection agreement and to cooperate on climate change.',
  'The minister also asked the European Commission to lift the yellow card on seafood exports as soon as possible, officials said.',
  'A follow-up meeting will take place in Brussels before the end of the year, with business leaders from both sides invited to attend.',
];
export const EN_URL = 'https://news.example.com/world/ministers-meet-trade-123';
export const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
