package io.enrollment.qc.face.model;

/**
 * Head rotation in degrees, with the signs this workstation uses everywhere.
 *
 * @param yaw       positive when the face points towards the image's left (the subject has turned to their
 *                  right); a mirror image flips the sign
 * @param pitch     positive when the face points up (chin raised), from the Frankfurt line; calibrated so
 *                  that frontal portraits read about 0
 * @param roll      positive when the head is tilted counter-clockwise as the viewer sees the image;
 *                  rotating the image counter-clockwise by θ adds θ
 * @param fitPitch  the rigid fit's own pitch (same sign), uncalibrated, for the record
 */
public record HeadPose(double yaw, double pitch, double roll, double fitPitch) {
}
