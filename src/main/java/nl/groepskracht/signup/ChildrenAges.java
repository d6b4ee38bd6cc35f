package nl.groepskracht.signup;

/** Age band of the children, optional: enough for the group, nothing more. */
public enum ChildrenAges {
    AGE_0_4, AGE_4_12, AGE_12_18, MIXED
}
