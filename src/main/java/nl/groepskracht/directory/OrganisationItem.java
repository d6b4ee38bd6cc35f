package nl.groepskracht.directory;

public record OrganisationItem(long id, String name, OrganisationKind kind) {

    public OrganisationDraft toDraft() {
        var draft = new OrganisationDraft();
        draft.setName(name);
        draft.setKind(kind);
        return draft;
    }
}
