// Word documents for the importer's tests and benchmark, made with the `docx`
// package rather than committed as opaque binaries: a notice in the old
// rekisteriseloste form (a two-column table, headings in the first column)
// with a table of data categories, and a long notice of any number of pages.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const cell = (lines: readonly string[], bold = false) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  });
const row = (cells: readonly (readonly string[])[], header = false) =>
  new TableRow({ ...(header ? { tableHeader: true } : {}), children: cells.map((lines) => cell(lines, header)) });

/** The rekisteriseloste of a sports club, in the old two-column form, with a table of data categories. */
export async function tablesNotice(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Rekisteriseloste – Jäsenrekisteri', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              row([
                ['1. Rekisterinpitäjä'],
                ['Nimi', 'Liikuntaseura Kipinä ry', 'Osoite', 'Urheilutie 7, 70100 Kuopio', 'Muut yhteystiedot', 'sihteeri@kipina.example'],
              ]),
              row([['2. Yhteyshenkilö rekisteriä koskevissa asioissa'], ['Sihteeri Pekka Mäkinen', 'puh. 044 987 6543']]),
              row([['3. Rekisterin nimi'], ['Liikuntaseura Kipinän jäsenrekisteri']]),
              row([
                ['4. Henkilötietojen käsittelyn tarkoitus'],
                [
                  'Jäsenyyden hoitaminen, jäsenmaksujen laskutus ja tiedottaminen seuran toiminnasta.',
                  'Käsittely perustuu jäsenyyteen ja yhdistyslakiin (503/1989) 11 §.',
                ],
              ]),
            ],
          }),
          new Paragraph({ text: 'Rekisterin tietosisältö', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              row([['Tietoryhmä'], ['Kuvaus']], true),
              row([['Perustiedot'], ['Nimi, syntymäaika ja osoite']]),
              row([['Jäsenyystiedot'], ['Liittymispäivä ja jäsenlaji']]),
              row([['Maksutiedot'], ['Jäsenmaksujen suoritukset']]),
            ],
          }),
          new Paragraph({ text: 'Säännönmukaiset tietolähteet', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Tiedot saadaan jäseneltä itseltään liittymislomakkeella.'),
          new Paragraph({ text: 'Säilytysaika', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Jäsenen tiedot poistetaan kahden vuoden kuluttua jäsenyyden päättymisestä.'),
          new Paragraph({ text: 'Rekisterin suojauksen periaatteet', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Jäsenrekisteri on salasanalla suojatussa järjestelmässä, johon on pääsy vain hallituksen jäsenillä.'),
          new Paragraph('Päivitetty 1.2.2021'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const FILLER =
  'Käsittelemme henkilötietoja vain siinä laajuudessa kuin tämän tarkoituksen toteuttaminen edellyttää, ja huolehdimme siitä, että tiedot ovat ajantasaisia ja virheettömiä. ';
const HEADINGS = [
  'Rekisterinpitäjä',
  'Käsittelyn tarkoitukset',
  'Käsittelyn oikeusperuste',
  'Käsiteltävät henkilötiedot',
  'Tietolähteet',
  'Tietojen vastaanottajat',
  'Siirrot EU:n tai ETA:n ulkopuolelle',
  'Säilytysaika',
  'Tietoturva',
  'Rekisteröidyn oikeudet',
];

/** A long notice, about `pages` pages of A4: the ten usual sections over and over, each with paragraphs, a list and a table. */
export async function longNotice(pages: number): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: 'Tietosuojaseloste – Asiakasrekisteri', heading: HeadingLevel.HEADING_1 })];
  for (let page = 0; page < pages; page += 1) {
    for (const [index, heading] of HEADINGS.slice(0, 3).entries()) {
      const number = page * 3 + index + 1;
      children.push(
        new Paragraph({
          text: `${String(number)}. ${page === 0 ? heading : (HEADINGS[(page + index) % HEADINGS.length] ?? heading)}`,
          heading: HeadingLevel.HEADING_2,
        }),
      );
      if (number === 1) children.push(new Paragraph('Esimerkki Oy'), new Paragraph('Esimerkkikatu 1, 00100 Helsinki'));
      children.push(new Paragraph(`${FILLER.repeat(5)}Yhteydenotot: tietosuoja@esimerkki.example, puh. 09 123 4567.`));
      for (let item = 0; item < 4; item += 1)
        children.push(new Paragraph({ text: `tietoryhmä ${String(number)}.${String(item + 1)}: nimi, osoite ja asiakasnumero`, bullet: { level: 0 } }));
      children.push(
        new Table({
          rows: [row([['Tieto'], ['Säilytysaika']], true), row([['Laskut'], ['6 vuotta tilikauden päättymisestä']]), row([['Yhteydenotot'], ['2 vuotta']])],
        }),
      );
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
