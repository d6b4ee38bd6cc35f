package nl.groepskracht.group;

/** The age of the children the group is meant for. */
public enum AgeRange {
    AGE_0_4, AGE_4_12, AGE_12_18, AGE_0_18
}
