package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** "Download as CSV" for one table: the file is made when the link is followed. */
public final class CsvLink {

    private CsvLink() {
    }

    public static Anchor of(String id, String label, String fileName, Supplier<byte[]> file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
