package nl.groepskracht.directory;

public record ThemeItem(long id, String code, String name, String description) {

    public ThemeDraft toDraft() {
        var draft = new ThemeDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setDescription(description);
        return draft;
    }
}
