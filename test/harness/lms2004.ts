/** The strict SCORM 2004 LMS host is product code (the studio preview uses it): src/lms/scorm2004.ts. */
export * from '../../src/lms/scorm2004';
