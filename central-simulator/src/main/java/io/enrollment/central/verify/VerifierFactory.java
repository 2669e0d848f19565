package io.enrollment.central.verify;

import io.enrollment.central.pki.SimulatorPki;
import java.security.cert.X509Certificate;
import java.util.List;

/** Makes the verifier a server runs with, from its PKI (the central key opens envelopes) and the officer trust anchors. */
@FunctionalInterface
public interface VerifierFactory {
    PackageVerifier create(SimulatorPki pki, List<X509Certificate> officerAnchors);
}
