package io.enrollment.qc;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import java.util.Map;

/**
 * Checks one stored sample (a file's bytes) against a profile: the batch side of quality control,
 * used by {@code workstation qc} and by re-checks of captured samples as stored.
 */
public interface SampleChecker {
    Modality modality();

    /**
     * Options this checker understands beyond {@code --profile} and {@code --json}, by name (without
     * dashes), mapped to whether the option takes a value ({@code prompt → true}, {@code remote → false}).
     */
    Map<String, Boolean> options();

    /** One line per option for the usage text. */
    String optionsUsage();

    /**
     * Runs every check of the modality.
     *
     * @param data     the file's bytes
     * @param options  parsed options (value "true" for flags)
     * @throws UnreadableSampleException when the bytes are not a sample of this modality at all
     *                                   (corrupt, truncated, foreign format); checks that ran and
     *                                   failed are a FAIL report, not an exception
     */
    QualityReport check(byte[] data, Profile profile, Map<String, String> options) throws UnreadableSampleException;
}
