import "server-only";
import { AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphOptions, type IRunOptions, type ITableCellBorders } from "docx";
import { documentBodies, documentDateParts, halfPoints, PARTY_DOCUMENT } from "./party-document";

// A period report as a Word file in the layout of a Party document: the two
// header blocks (superior and issuing body with its number; the Party's name
// with the place and date), the type and subject, the figures and the
// narrative sections, the recipients and the signature. Every text comes
// from the caller (the catalogs); the measures from PARTY_DOCUMENT.

export type ReportDocument = {
  committeeName: string;
  locality: string;
  headName: string | null;
  /** "Số 45-BC/BTGDVTU", or the line left blank for the office to fill. */
  numberLine: string;
  date: Date;
  subject: string;
  figures: { name: string; unit: string; planned: string; delivered: string; percent: string; explanation: string }[];
  sections: { heading: string; text: string }[];
  recipients: string[];
  labels: {
    partyName: string;
    type: string;
    dateLine: (values: { place: string; day: string; month: string; year: string }) => string;
    figuresHeading: string;
    columns: { indicator: string; unit: string; planned: string; delivered: string; percent: string; explanation: string };
    recipientsTitle: string;
    signature: string;
  };
};

const { font, sizes, paragraph } = PARTY_DOCUMENT;
const NO_BORDERS: ITableCellBorders = { top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } };

function run(text: string, size: number, style: Omit<IRunOptions, "text" | "size" | "font"> = {}): TextRun {
  return new TextRun({ text, size: halfPoints(size), font, ...style });
}

function line(text: string, size: number, style: Omit<IRunOptions, "text" | "size" | "font"> = {}, options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [run(text, size, style)] });
}

/** A body paragraph: justified, first line indented, exact line spacing [U]. */
function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(paragraph.firstLineMm) },
    spacing: { after: paragraph.afterPt * 20, line: paragraph.linePt * 20, lineRule: "exact" },
    children: [run(text, sizes.body)],
  });
}

function cell(children: Paragraph[], widthPercent: number, borders: ITableCellBorders = NO_BORDERS): TableCell {
  return new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders });
}

function headerBlocks(doc: ReportDocument): Table {
  const bodies = documentBodies(doc.committeeName, doc.locality);
  const date = documentDateParts(doc.date);
  const left = [
    ...(bodies.superior ? [line(bodies.superior, sizes.bodies)] : []),
    line(bodies.issuing, sizes.bodies, { bold: true }),
    line("*", sizes.bodies),
    line(doc.numberLine, sizes.number),
  ];
  const right = [
    line(doc.labels.partyName, sizes.partyName, { bold: true }, { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } } }),
    line("", sizes.dateLine),
    line(doc.labels.dateLine({ place: bodies.place, ...date }), sizes.dateLine, { italics: true }),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })] });
}

function figuresTable(doc: ReportDocument): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const c = doc.labels.columns;
  const widths = [30, 10, 13, 13, 9, 25];
  const row = (texts: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: texts.map((text, index) => cell([new Paragraph({ alignment: index >= 2 && index <= 4 ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, 12, { bold })] })], widths[index]!, borders)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row([c.indicator, c.unit, c.planned, c.delivered, c.percent, c.explanation], true), ...doc.figures.map((f) => row([f.name, f.unit, f.planned, f.delivered, f.percent, f.explanation], false))],
  });
}

function closingBlocks(doc: ReportDocument): Table {
  const left = [
    new Paragraph({ children: [run(doc.labels.recipientsTitle, sizes.recipientsTitle, { bold: true, italics: true, underline: {} })] }),
    ...doc.recipients.map((recipient) => new Paragraph({ children: [run(recipient, sizes.recipients)] })),
  ];
  const right = [line(doc.labels.signature, sizes.signature, { bold: true }), line("", sizes.signature), line("", sizes.signature), line("", sizes.signature), ...(doc.headName ? [line(doc.headName, sizes.signature, { bold: true })] : [])];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })] });
}

/** The report as a .docx file. */
export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const margins = PARTY_DOCUMENT.marginsMm;
  const document = new Document({
    creator: doc.committeeName,
    title: doc.subject,
    styles: { default: { document: { run: { font, size: halfPoints(sizes.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(margins.top), bottom: convertMillimetersToTwip(margins.bottom), left: convertMillimetersToTwip(margins.left), right: convertMillimetersToTwip(margins.right) },
          },
        },
        children: [
          headerBlocks(doc),
          line("", sizes.body),
          line(doc.labels.type, sizes.type, { bold: true }),
          line(doc.subject, sizes.subject, { bold: true }, { spacing: { after: 240 } }),
          new Paragraph({ spacing: { before: 120, after: 120 }, children: [run(doc.labels.figuresHeading, sizes.body, { bold: true })] }),
          figuresTable(doc),
          ...doc.sections.flatMap((section) => [new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(section.heading, sizes.body, { bold: true })] }), ...section.text.split(/\n+/).filter(Boolean).map(bodyParagraph)]),
          line("", sizes.body),
          closingBlocks(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
