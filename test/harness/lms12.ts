/** The strict SCORM 1.2 LMS host is product code (the studio preview uses it): src/lms/scorm12.ts. */
export * from '../../src/lms/scorm12';
