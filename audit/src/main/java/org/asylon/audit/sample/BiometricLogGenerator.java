package org.asylon.audit.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * A deterministic, synthetic log of face-comparison scores: one row per pair of images, genuine
 * (same person) or impostor, with the skin-tone band and sex of the (first) person. Planted:
 * genuine scores are lower for skin-tone band V-VI (more false non-matches), and impostor scores
 * higher for women (more false matches), the patterns NIST's demographic studies report.
 */
public final class BiometricLogGenerator {

    public static final String HEADER = "pair_id,skin_tone,sex,genuine,score";

    private static final String[] TONES = {"I-II", "III-IV", "V-VI"};

    private BiometricLogGenerator() {
    }

    public static void write(Writer out, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(48);
        for (long i = 1; i <= rows; i++) {
            String tone = TONES[random.nextInt(TONES.length)];
            String sex = random.nextBoolean() ? "female" : "male";
            boolean genuine = random.nextDouble() < 0.3;
            double score;
            if (genuine) {
                score = (tone.equals("V-VI") ? 0.74 : 0.80) + 0.07 * random.nextGaussian();
            } else {
                score = (sex.equals("female") ? 0.33 : 0.30) + 0.08 * random.nextGaussian();
            }
            score = Math.max(0, Math.min(1, score));
            line.setLength(0);
            line.append('P').append(i).append(',').append(tone).append(',').append(sex).append(',')
                    .append(genuine).append(',').append(Math.round(score * 10000) / 10000.0).append('\n');
            out.append(line);
        }
    }
}
