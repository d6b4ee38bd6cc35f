package nl.groepskracht.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** An upload that finishes after its page was closed is stored (or refused) all the same; nobody is told. */
class AttachmentsPanelTest {

    @Test
    void a_page_left_before_its_upload_finished_is_no_error() {
        UI closed = new UI(); // a UI no longer attached to a session, as after the person left the page
        assertThatCode(() -> AttachmentsPanel.tellIfStillThere(closed, () -> {
            throw new AssertionError("shown to a page nobody has");
        })).doesNotThrowAnyException();
    }
}
