package nl.groepskracht.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** Ten recovery codes, shown once: each opens the portal once instead of the app's code. */
class RecoveryCodes extends Div {

    RecoveryCodes(List<String> codes) {
        var list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("gk-secret");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(new Paragraph(getTranslation("twofactor.recovery.intro", codes.size())), list,
                new Paragraph(getTranslation("twofactor.recovery.keep")));
    }
}
