package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A phone number as a {@code tel:} link: one tap on a tablet or phone calls the parent. It never
 * breaks over two lines, so it is read (and dialled) in one piece.
 */
public final class PhoneLink {

    private PhoneLink() {
    }

    public static Anchor of(String phone, String id) {
        var link = new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone);
        link.addClassName("gk-tel");
        link.setId(id);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
