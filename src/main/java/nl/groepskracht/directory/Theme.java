package nl.groepskracht.directory;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.Entity;
import nl.groepskracht.base.AbstractEntity;

@Entity
class Theme extends AbstractEntity {

    private String code;
    private String name;
    private String description;

    void apply(ThemeDraft draft) {
        code = draft.getCode().strip();
        name = PlainText.name(draft.getName());
        description = draft.getDescription() == null || draft.getDescription().isBlank() ? null
                : draft.getDescription().strip();
    }

    ThemeItem toItem() {
        return new ThemeItem(getId(), code, name, description);
    }
}
