package nl.groepskracht.signup;

/** A place in the group was given or given up: the places left that the public pages show differ now. */
public record PlacesChanged(long groupId) {
}
