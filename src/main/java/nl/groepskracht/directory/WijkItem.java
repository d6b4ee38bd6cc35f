package nl.groepskracht.directory;

public record WijkItem(long id, String name, String municipality) {

    public WijkDraft toDraft() {
        var draft = new WijkDraft();
        draft.setName(name);
        draft.setMunicipality(municipality);
        return draft;
    }
}
