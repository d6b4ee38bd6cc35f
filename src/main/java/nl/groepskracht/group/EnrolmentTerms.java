package nl.groepskracht.group;

/** What decides a sign-up: the group's status, sign-up mode and places, read under the group's lock. */
public record EnrolmentTerms(long groupId, String name, GroupStatus status, SignupMode signupMode, Integer capacity) {

    public boolean acceptsSignups() {
        return status == GroupStatus.OPEN && signupMode == SignupMode.REGISTRATION;
    }
}
