package io.enrollment.signing.cades;

/** Whether the signed content travels inside the CMS (encapsulated) or beside it (detached). */
public enum Packaging { ENCAPSULATED, DETACHED }
