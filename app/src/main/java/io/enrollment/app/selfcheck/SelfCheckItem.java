package io.enrollment.app.selfcheck;

import io.enrollment.core.selfcheck.ItemResult;

/** One item of the self-check (R-SELF-1): measures something real and says OK, WARN or FAIL with a remedy. */
public interface SelfCheckItem {
    /** Stable id, as used in the profile's {@code selfcheck.critical} list. */
    String id();

    /** Runs the item; failures of the thing checked are a FAIL result, not an exception. */
    ItemResult run();
}
