// The internal Volume (k8s.io/kubernetes/pkg/apis/core, types.go, v1.35) and the sources the
// simulator's Pods use, in declaration order; the notation is described in coreTypesPod.ts.
// Sources left out here (iscsi, rbd, cinder, …) are compared and printed from their JSON.
export const VOLUME_TYPES = `
type Volume struct {
	Name string
	VolumeSource
}

type VolumeSource struct {
	HostPath *HostPathVolumeSource
	EmptyDir *EmptyDirVolumeSource
	GCEPersistentDisk *GCEPersistentDiskVolumeSource
	AWSElasticBlockStore *AWSElasticBlockStoreVolumeSource
	GitRepo *GitRepoVolumeSource
	Secret *SecretVolumeSource
	NFS *NFSVolumeSource
	ISCSI *ISCSIVolumeSource
	Glusterfs *GlusterfsVolumeSource
	PersistentVolumeClaim *PersistentVolumeClaimVolumeSource
	RBD *RBDVolumeSource
	Quobyte *QuobyteVolumeSource
	FlexVolume *FlexVolumeSource
	Cinder *CinderVolumeSource
	CephFS *CephFSVolumeSource json:cephfs
	Flocker *FlockerVolumeSource
	DownwardAPI *DownwardAPIVolumeSource
	FC *FCVolumeSource
	AzureFile *AzureFileVolumeSource
	ConfigMap *ConfigMapVolumeSource
	VsphereVolume *VsphereVirtualDiskVolumeSource
	AzureDisk *AzureDiskVolumeSource
	PhotonPersistentDisk *PhotonPersistentDiskVolumeSource
	Projected *ProjectedVolumeSource
	PortworxVolume *PortworxVolumeSource
	ScaleIO *ScaleIOVolumeSource
	StorageOS *StorageOSVolumeSource json:storageos
	CSI *CSIVolumeSource
	Ephemeral *EphemeralVolumeSource
	Image *ImageVolumeSource
}

type HostPathVolumeSource struct {
	Path string
	Type *HostPathType
}

type EmptyDirVolumeSource struct {
	Medium StorageMedium
	SizeLimit *resource.Quantity
}

type GitRepoVolumeSource struct {
	Repository string
	Revision string
	Directory string
}

type SecretVolumeSource struct {
	SecretName string
	Items []KeyToPath
	DefaultMode *int32
	Optional *bool
}

type NFSVolumeSource struct {
	Server string
	Path string
	ReadOnly bool
}

type PersistentVolumeClaimVolumeSource struct {
	ClaimName string
	ReadOnly bool
}

type DownwardAPIVolumeSource struct {
	Items []DownwardAPIVolumeFile
	DefaultMode *int32
}

type DownwardAPIVolumeFile struct {
	Path string
	FieldRef *ObjectFieldSelector
	ResourceFieldRef *ResourceFieldSelector
	Mode *int32
}

type ConfigMapVolumeSource struct {
	LocalObjectReference
	Items []KeyToPath
	DefaultMode *int32
	Optional *bool
}

type KeyToPath struct {
	Key string
	Path string
	Mode *int32
}

type ProjectedVolumeSource struct {
	Sources []VolumeProjection
	DefaultMode *int32
}

type VolumeProjection struct {
	Secret *SecretProjection
	DownwardAPI *DownwardAPIProjection
	ConfigMap *ConfigMapProjection
	ServiceAccountToken *ServiceAccountTokenProjection
	ClusterTrustBundle *ClusterTrustBundleProjection
	PodCertificate *PodCertificateProjection
}

type SecretProjection struct {
	LocalObjectReference
	Items []KeyToPath
	Optional *bool
}

type ConfigMapProjection struct {
	LocalObjectReference
	Items []KeyToPath
	Optional *bool
}

type DownwardAPIProjection struct {
	Items []DownwardAPIVolumeFile
}

type ServiceAccountTokenProjection struct {
	Audience string
	ExpirationSeconds int64
	Path string
}

type ClusterTrustBundleProjection struct {
	Name *string
	SignerName *string
	LabelSelector *v1.LabelSelector
	Optional *bool
	Path string
}

type CSIVolumeSource struct {
	Driver string
	ReadOnly *bool
	FSType *string
	VolumeAttributes map[string]string
	NodePublishSecretRef *LocalObjectReference
}

type ImageVolumeSource struct {
	Reference string
	PullPolicy PullPolicy
}

type HostPathType string
type StorageMedium string
`;
