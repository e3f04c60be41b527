// Next.js ambient types (CSS and image imports), available before the first build creates next-env.d.ts.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
