package nl.groepskracht.knowledge;

/** An upload that passed every check: its detected type, checksum and the text found in it. */
record InspectedFile(String fileName, String mediaType, long size, String sha256, String text, byte[] content) {
}
