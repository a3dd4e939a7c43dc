// Public entry of kept images: reading a digest's pictures under the caps and the site-family rule, the
// checks on what is stored, and the request the injected reader answers.
export { captureImages, pageLoadedUrls } from './capture';
export type { ImageReader, ReadOutcome } from './capture';
export {
  IMAGE_CAPS,
  base64Bytes,
  base64ToBytes,
  bytesToBase64,
  checkCapture,
  checkKeptImage,
  checkSkipped,
} from './kept';
export type { ImageCapture, KeptImage, SkippedImage } from './kept';
export { planImages } from './plan';
export { samePage } from './request';
export type { ImageReadRequest } from './request';
