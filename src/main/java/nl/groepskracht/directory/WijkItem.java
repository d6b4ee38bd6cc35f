package nl.groepskracht.directory;

public record WijkItem(long id, String name, String municipality, String cbsCode) {

    public WijkDraft toDraft() {
        var draft = new WijkDraft();
        draft.setName(name);
        draft.setMunicipality(municipality);
        draft.setCbsCode(cbsCode);
        return draft;
    }
}
