package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import nl.groepskracht.base.csv.CsvFile;

/** "Download as CSV" for one table: the file (its name says what it holds) is made when the link is followed. */
public final class CsvLink {

    private CsvLink() {
    }

    public static Anchor of(String id, String label, String fileName, Supplier<byte[]> file) {
        return of(id, label, () -> new CsvFile(fileName, file.get()));
    }

    public static Anchor of(String id, String label, Supplier<CsvFile> file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            CsvFile csv = file.get();
            return new DownloadResponse(new ByteArrayInputStream(csv.content()), csv.name(), "text/csv;charset=UTF-8",
                    csv.content().length);
        }), label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
