package nl.rendement.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook's first sheet, or the sheet of a given name (matched ignoring case), read with
 * POI's streaming event API: the sheet's XML is parsed as it streams, never held whole.
 *
 * <p>It tells nothing of how many of the file's bytes it has read ({@link TableSource#read(RawRows,
 * java.util.function.LongConsumer)} is not overridden), so an XLSX file's first pass shows a bar of
 * unknown length: POI opens the workbook as a ZIP file and inflates the sheet's entry without
 * saying how many of the file's (compressed) bytes that took, and the shared strings are read
 * before the sheet. The sheet's XML could be counted against its entry's inflated size, but that
 * measure is not the file's bytes (often ten times as many megabytes as the file), so it is not
 * shown as them.
 */
final class XlsxSource implements TableSource {

    private final Path file;
    private final Optional<String> sheet;

    XlsxSource(Path file, Optional<String> sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    public void read(RawRows rows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheet.isEmpty() || sheet.get().strip().equalsIgnoreCase(sheets.getSheetName())) {
                        parse(data, new SheetHandler(strings, styles, rows));
                        return;
                    }
                }
            }
            throw new UnreadableTable("importing.problem.missingSheet", sheet.orElse(""), String.join(", ", names));
        } catch (OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | UnsupportedFileFormatException
                | POIXMLException
                | InvalidOperationException broken) {
            throw new UnreadableTable("importing.problem.notXlsx");
        } catch (NoClassDefFoundError missingCodec) {
            // a ZIP entry compressed with Zstandard, which Excel never writes and whose optional codec is absent
            throw new UnreadableTable("importing.problem.notXlsx");
        }
    }

    private static void parse(InputStream data, SheetHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(data));
    }
}
