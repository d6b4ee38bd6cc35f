package nl.groepskracht.directory;

import jakarta.persistence.Entity;
import nl.groepskracht.base.AbstractEntity;

@Entity
class Theme extends AbstractEntity {

    private String code;
    private String name;
    private String description;

    void apply(ThemeDraft draft) {
        code = draft.getCode().strip();
        name = draft.getName().strip();
        description = draft.getDescription() == null || draft.getDescription().isBlank() ? null
                : draft.getDescription().strip();
    }

    ThemeItem toItem() {
        return new ThemeItem(getId(), code, name, description);
    }
}
