package nl.groepskracht.signup;

/** Why a parent leaves a group (or its waiting list); decides what their e-mail says. */
enum Leaving {
    /** the parent signed off themselves */
    SIGNED_OFF("signed-off"),
    /** the parent left the waiting list themselves */
    LEFT_WAITING_LIST("left-waiting-list"),
    /** a facilitator took them off the group */
    REMOVED("removed"),
    /** the group was closed while they were waiting */
    GROUP_CLOSED("group-closed"),
    /** the parent deleted their data ("verwijder mijn gegevens") */
    DATA_DELETED("data-deleted");

    private final String key;

    Leaving(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
