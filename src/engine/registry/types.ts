import type { ImageManifest } from '../images/types';
import type { Step } from '../runtime/trace';

interface RegistryCall<T extends string> {
  type: T;
  requestId: string;
  replyTo: string;
  step?: Step;
}

/** The registry's HTTP API (Docker Registry v2 / OCI distribution), as events. */
export type RegistryRequest =
  | (RegistryCall<'registry.manifest.get'> & { ref: string })
  | (RegistryCall<'registry.blob.get'> & { repository: string; digest: string; size: number })
  | (RegistryCall<'registry.blob.head'> & { repository: string; digest: string })
  | (RegistryCall<'registry.blob.put'> & { repository: string; digest: string; size: number })
  /** `POST /v2/<repository>/blobs/uploads/?mount=<digest>&from=<from>`: a cross-repository mount. */
  | (RegistryCall<'registry.blob.mount'> & { repository: string; digest: string; from: string })
  | (RegistryCall<'registry.manifest.put'> & { ref: string; manifest: ImageManifest });

export interface RegistryResponse {
  type: 'registry.response';
  requestId: string;
  ok: boolean;
  /** HTTP status: 200, 201, 404, 401 … */
  code: number;
  manifest?: ImageManifest;
  /** Registry error code: MANIFEST_UNKNOWN, NAME_UNKNOWN, BLOB_UNKNOWN. */
  error?: string;
  exists?: boolean;
  /** A mount: 201 when the blob was linked from the other repository, 202 (upload) when not. */
  mounted?: boolean;
}
