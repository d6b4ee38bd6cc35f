package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.html.Anchor;

/** A phone number as a {@code tel:} link: one tap on a tablet or phone calls the parent. */
final class PhoneLink {

    private PhoneLink() {
    }

    static Anchor of(String phone, String id) {
        var link = new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone);
        link.addClassName("gk-tel");
        link.setId(id);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
