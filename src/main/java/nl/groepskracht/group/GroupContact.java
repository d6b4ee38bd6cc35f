package nl.groepskracht.group;

/**
 * What parents see of who runs a group: the organisation, a contact person with a phone number or an
 * e-mail address, and what it costs ({@code cost} empty: free). All optional.
 */
public record GroupContact(Long organisationId, String name, String phone, String email, String cost) {

    public boolean free() {
        return cost == null || cost.isBlank();
    }

    public boolean hasPerson() {
        return name != null && !name.isBlank();
    }
}
