package io.enrollment.qc.fingerprint;

/**
 * The NFIQ 2-class measures of one 500 ppi print, as means over its foreground blocks of 32×32 pixels.
 *
 * @param blocks             whole blocks in the image
 * @param foregroundBlocks   blocks holding ridges
 * @param foregroundPixels   pixels in foreground blocks
 * @param mu                 mean grey level of the image (NFIQ 2 "Mu")
 * @param mmb                mean of the block means ("MMB")
 * @param roiMean            mean grey level inside the foreground
 * @param roiContrast        grey-level standard deviation inside the foreground (contrast)
 * @param orientationCertainty mean orientation certainty level, 0–1, higher is better ("OCL")
 * @param localClarity       mean local clarity score, 0–1, higher is better ("LCS")
 * @param frequencyDomain    mean frequency-domain score, 0–1, higher is better ("FDA")
 * @param ridgeValleyRatio   mean ratio of ridge width to valley width ("RVUP" mean)
 * @param ridgeValleyUniformity standard deviation of that ratio, lower is more uniform
 * @param orientationFlow    mean orientation flow, 0–1, lower is smoother ("OF")
 */
public record PrintMeasures(int blocks, int foregroundBlocks, long foregroundPixels, double mu, double mmb,
                            double roiMean, double roiContrast, double orientationCertainty, double localClarity,
                            double frequencyDomain, double ridgeValleyRatio, double ridgeValleyUniformity,
                            double orientationFlow) {
    /** Fraction of the image's blocks that hold ridges. */
    public double foregroundFraction() {
        return blocks == 0 ? 0 : (double) foregroundBlocks / blocks;
    }
}
