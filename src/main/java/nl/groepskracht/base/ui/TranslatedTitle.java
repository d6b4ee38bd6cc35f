package nl.groepskracht.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** A browser title from a translation key, followed by the application's name. */
public interface TranslatedTitle extends HasDynamicTitle {

    String titleKey();

    @Override
    default String getPageTitle() {
        UI ui = UI.getCurrent();
        return ui.getTranslation(titleKey()) + " | " + ui.getTranslation("app.name");
    }
}
