import { lawsIn } from '../src/import/facts/laws.ts';
console.log(JSON.stringify(lawsIn('Rekisterin pitämisen peruste on asiakassuhde ja henkilötietolain 8 §:n 1 momentin 5 kohta.')));
console.log(JSON.stringify(lawsIn('kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti. EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 13 artiklan')));
