/** A workbook package with no sheet yet: the start of a file that holds only schede. */
import { NS } from "../package/xml";
import { PackageParts } from "../package/zip";
import { REL } from "../package/opc";
import { EMPTY_STYLES } from "./styles";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function emptyWorkbookPackage(): PackageParts {
  const pkg = new PackageParts();
  pkg.set(
    "[Content_Types].xml",
    `${XML}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  pkg.set(
    "_rels/.rels",
    `${XML}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.set(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  );
  pkg.set(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  );
  pkg.set("xl/styles.xml", EMPTY_STYLES);
  return pkg;
}
